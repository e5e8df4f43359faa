package no.laeringsarena.identity;

import java.io.Serializable;
import java.util.List;

/**
 * What a staff import did: how many people it added and updated, how many units it created, and every row it left
 * out with the line number and the reason.
 */
public record StaffImportReport(int created, int updated, int unitsCreated, List<StaffCsv.RowProblem> problems)
        implements Serializable {
}
