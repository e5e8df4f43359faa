package no.laeringsarena.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.StaffAdministration;
import no.laeringsarena.identity.StaffCsv;
import no.laeringsarena.identity.StaffImportReport;
import no.laeringsarena.identity.StaffMember;
import no.laeringsarena.identity.UnitTree;
import no.laeringsarena.platform.web.Messages;

/** The organisation's staff page: the unit tree, the staff list with units and deactivation, and the CSV import. */
@Named("staffAdmin")
@ViewScoped
public class StaffAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest staff list accepted, as a file or pasted. */
    static final int MAX_IMPORT_BYTES = 1_000_000;

    @Inject
    StaffAdministration administration;

    private String unitName;
    private Long parentUnitId;
    private transient Part file;
    private String pasted;
    private final HashMap<Long, Long> unitChoice = new HashMap<>();
    private StaffImportReport importReport;
    private String invitationLink;
    private String invitedName;
    private transient List<StaffMember> staff;
    private transient UnitTree units;

    public String getOrganisationName() {
        return administration.organisationName();
    }

    public List<UnitTree.Node> getUnits() {
        if (units == null) {
            units = administration.units();
        }
        return units.nodes();
    }

    public List<StaffMember> getStaff() {
        if (staff == null) {
            staff = administration.staff();
        }
        return staff;
    }

    public void addUnit() {
        try {
            administration.addUnit(parentUnitId, unitName);
            Messages.info(null, "staff.unit.added", unitName.strip());
            unitName = null;
            units = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    /** Moves a person to the unit chosen in their row (none: out of every unit). */
    public void place(StaffMember member) {
        Long unitId = unitChoice.get(member.id());
        act(() -> administration.placeInUnit(member.id(), unitId), "staff.placed", member.name());
    }

    /** The unit chosen in each row of the staff list, by person id. */
    public Map<Long, Long> getUnitChoice() {
        return unitChoice;
    }

    public void deactivate(StaffMember member) {
        act(() -> administration.deactivate(member.id()), "staff.deactivated", member.name());
    }

    public void reactivate(StaffMember member) {
        act(() -> administration.reactivate(member.id()), "staff.reactivated", member.name());
    }

    /** Makes an invitation link for a person and shows it once, for the administrator to send on. */
    public void invite(StaffMember member) {
        try {
            invitationLink = administration.invite(member.id());
            invitedName = member.name();
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getInvitedName() {
        return invitedName;
    }

    public void importStaff() {
        String text;
        try {
            text = file != null && file.getSize() > 0 ? read(file) : pasted;
        } catch (IOException e) {
            Messages.error(null, "staff.import.unreadable");
            return;
        }
        if (text == null || text.isBlank()) {
            Messages.error(null, "staff.import.nothing");
            return;
        }
        if (text.length() > MAX_IMPORT_BYTES) {
            Messages.error(null, "staff.import.tooLarge");
            return;
        }
        importReport = administration.importStaff(text);
        Messages.info(null, "staff.import.done", importReport.created(), importReport.updated(),
                importReport.unitsCreated(), importReport.problems().size());
        pasted = null;
        staff = null;
        units = null;
    }

    /** Reads an uploaded file as UTF-8, refusing one that is too large or not text. */
    private static String read(Part part) throws IOException {
        if (part.getSize() > MAX_IMPORT_BYTES) {
            return "x".repeat(MAX_IMPORT_BYTES + 1);
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    private void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            Messages.info(null, doneKey, name);
            staff = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    /** The problems of the last import, each as "Linje n: what is wrong". */
    public List<String> getImportProblems() {
        if (importReport == null) {
            return List.of();
        }
        return importReport.problems().stream().map(p -> Messages.text("staff.import.line", p.line(),
                Messages.text(p.messageKey(), p.argument() == null ? "" : p.argument()))).toList();
    }

    public int getMaxRows() {
        return StaffCsv.MAX_ROWS;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public Long getParentUnitId() {
        return parentUnitId;
    }

    public void setParentUnitId(Long parentUnitId) {
        this.parentUnitId = parentUnitId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }
}
