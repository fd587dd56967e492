package nl.contractrules.examples.embedding;

import java.time.ZonedDateTime;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceType;
import nl.contractrules.model.Tier;

/** A help desk that asks the contract when the repair of a reported fault is due. */
public final class IncidentDesk {
    private final ContractRules rules;

    /** A desk deciding with these rules: load them once and share them, they are thread-safe. */
    public IncidentDesk(ContractRules rules) {
        this.rules = rules;
    }

    /** When the repair is due: a typed field, no cast; bad input throws InvalidInputException naming the field. */
    public ZonedDateTime repairDue(Contract contract, Incident incident) {
        Decision<Incident> decision = rules.decide(contract, incident);
        return decision.get(IncidentFields.REPAIR_DEADLINE);
    }

    /** The decision in a line, or why there is none: evaluate returns a Rejection instead of throwing. */
    public String summary(Contract contract, Incident incident) {
        Outcome<Incident> outcome = rules.evaluate(contract, incident);
        if (outcome instanceof Rejection<Incident> rejection) {
            return "not decided: " + rejection.message();
        }
        Decision<Incident> decision = (Decision<Incident>) outcome;
        return "repair due " + decision.get(IncidentFields.REPAIR_DEADLINE)
                + ", handled from " + decision.get(IncidentFields.HANDLED_FROM)
                + ", rules " + decision.rules();
    }

    public static void main(String[] args) {
        IncidentDesk desk = new IncidentDesk(ContractRules.bundled());
        Contract contract = Contract.of(Regime.KPN_EEN, Tier.STANDAARD).withId("C-2001");
        ZonedDateTime fridayAfternoon = ZonedDateTime.parse("2026-11-20T15:00:00+01:00");
        Incident fault = Incident.builder(fridayAfternoon).service(ServiceType.VOIP)
                .description("Wachtrij werkt niet").location("Kantoor Deventer").build();
        Incident withoutLocation = Incident.builder(fridayAfternoon).service(ServiceType.VOIP)
                .description("Wachtrij werkt niet").build();

        System.out.println(desk.summary(contract, fault));
        System.out.println(desk.summary(contract, withoutLocation));
        try {
            desk.repairDue(contract, withoutLocation);
        } catch (InvalidInputException e) {
            System.out.println("bad input in field " + e.field());
        }
    }
}
