package nl.contractrules.model;

/** Periods a period case asks for. */
public enum PeriodKind {
    VOIP_DELIVERY, FIBRE_DELIVERY, ONE_OFF_INVOICE_PAYMENT, QUOTE_VALIDITY, FREE_CANCELLATION, PROACTIVE_REQUEST_DEADLINE, SAB_SHORTFALL_INVOICE
}
