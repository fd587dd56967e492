package nl.contractrules.examples.embedding;

import java.time.ZonedDateTime;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;

/** A help desk that asks the contract when work on a reported incident starts. */
public final class IncidentDesk {
    private final ContractRules rules;

    /** A desk deciding with these rules: compile them once and share them, they are thread-safe. */
    public IncidentDesk(ContractRules rules) {
        this.rules = rules;
    }

    /** The contract's decision on an incident reported at that time. */
    public Decision<Incident> decide(Contract contract, ZonedDateTime reportedAt) {
        return rules.decide(contract, Incident.reportedAt(reportedAt));
    }

    /** When work on the incident starts: a typed field of an incident's decision, no cast. */
    public ZonedDateTime handledFrom(Contract contract, ZonedDateTime reportedAt) {
        return decide(contract, reportedAt).get(IncidentFields.HANDLED_FROM);
    }

    /** Prints when an incident reported at the given time (default: a Friday at closing) is handled under BASIS. */
    public static void main(String[] args) {
        IncidentDesk desk = new IncidentDesk(ContractRules.bundled());
        Contract contract = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
        ZonedDateTime reportedAt = ZonedDateTime.parse(args.length > 0 ? args[0] : "2026-11-20T17:00:00+01:00");
        System.out.println("handled from " + desk.handledFrom(contract, reportedAt));
    }
}
