package no.laeringsarena.assessment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.assessment.AssessmentException;
import no.laeringsarena.assessment.Attempt;
import no.laeringsarena.assessment.CourseTest;
import no.laeringsarena.assessment.GiftImportException;
import no.laeringsarena.assessment.QuestionBank;
import no.laeringsarena.assessment.ItemAnalysis;
import no.laeringsarena.assessment.Question;
import no.laeringsarena.assessment.TestResultsService;
import no.laeringsarena.platform.web.Messages;

/**
 * The trainer's page of a test (test/resultater.xhtml?key=...): every learner's attempts with a link to grade essays,
 * the item analysis with flagged questions, regrading after a fix, and GIFT import (upload, at most
 * {@link #MAX_UPLOAD_BYTES}) and export. The service checks the role on every call.
 */
@Named("testResults")
@ViewScoped
public class TestResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest GIFT file accepted. */
    public static final int MAX_UPLOAD_BYTES = 256 * 1024;
    private static final int MAX_PROBLEMS_SHOWN = 20;

    @Inject
    TestResultsService service;

    private String key;
    private transient Part giftFile;
    private boolean toBank;
    private transient CourseTest test;
    private transient List<Attempt> attempts;
    private transient List<ItemAnalysis.Item> items;

    public void load() {
        test = null;
        attempts = null;
        items = null;
        if (getTest() == null) {
            notFound();
        }
    }

    public CourseTest getTest() {
        if (test == null && key != null) {
            test = service.test(key).orElse(null);
        }
        return test;
    }

    public List<Attempt> getAttempts() {
        if (attempts == null) {
            attempts = service.attemptsOf(getTest());
        }
        return attempts;
    }

    public List<ItemAnalysis.Item> getItems() {
        if (items == null) {
            items = service.itemAnalysis(getTest());
        }
        return items;
    }

    public String questionText(String questionKey) {
        return getTest().question(questionKey).map(Question::getText).orElse(questionKey);
    }

    public String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }

    public String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.forLanguageTag("nb"), "%.2f", value);
    }

    public String attemptPercent(Attempt attempt) {
        double max = attempt.getMaxScore();
        return max == 0 ? "0" : Long.toString(Math.round(100 * attempt.getScore() / max));
    }

    public String verdictKey(Attempt attempt) {
        if (attempt.isOpen()) {
            return "assessment.trainer.open";
        }
        if (attempt.getPassed() == null) {
            return "assessment.trainer.noVerdict";
        }
        return attempt.isPassed() ? "assessment.passed" : "assessment.failed";
    }

    public String regrade() {
        try {
            int changed = service.regrade(key);
            Messages.info(null, "assessment.trainer.regraded", changed);
        } catch (AssessmentException e) {
            Messages.error(null, e.messageKey());
        }
        test = null;
        attempts = null;
        items = null;
        return null;
    }

    /** Imports an uploaded GIFT file: UTF-8 text, at most {@link #MAX_UPLOAD_BYTES}; all questions or none. */
    public String importGift() {
        if (giftFile == null || giftFile.getSize() == 0) {
            Messages.error("gift-form:file", "assessment.gift.error.noFile");
            return null;
        }
        String name = giftFile.getSubmittedFileName() == null ? ""
                : giftFile.getSubmittedFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".gift") && !name.endsWith(".txt")) {
            Messages.error("gift-form:file", "assessment.gift.error.type");
            return null;
        }
        if (giftFile.getSize() > MAX_UPLOAD_BYTES) {
            Messages.error("gift-form:file", "assessment.gift.error.tooLarge", MAX_UPLOAD_BYTES / 1024);
            return null;
        }
        String text;
        try (InputStream in = giftFile.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (bytes.length > MAX_UPLOAD_BYTES) {
                Messages.error("gift-form:file", "assessment.gift.error.tooLarge", MAX_UPLOAD_BYTES / 1024);
                return null;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Messages.error("gift-form:file", "assessment.gift.error.encoding");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            int count = service.importGift(key, text, toBank);
            Messages.info(null, "assessment.gift.imported", count);
        } catch (GiftImportException e) {
            Messages.error("gift-form:file", "assessment.gift.error.problems", e.problems().size());
            e.problems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> Messages.error("gift-form:file",
                    "assessment.gift.error.problem", p));
        } catch (AssessmentException e) {
            Messages.error(null, e.messageKey());
        }
        test = null;
        items = null;
        return null;
    }

    /** Sends the test's questions as a GIFT file. */
    public void exportGift() {
        send(service.exportGift(key), key);
    }

    /** Sends the questions of the course's question bank the test draws from as a GIFT file. */
    public void exportBankGift() {
        if (getTest() == null || getTest().getBank() == null) {
            return;
        }
        send(service.exportBankGift(key), getTest().getBank().getBankKey());
    }

    /** The question bank of the course this test draws from (null: none). */
    public QuestionBank getBank() {
        return getTest() == null ? null : getTest().getBank();
    }

    /** The tests of the course that draw from the same bank. */
    public List<CourseTest> getTestsUsingBank() {
        return getBank() == null ? List.of() : service.testsUsing(getBank());
    }

    private void send(String gift, String fileKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/plain; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileKey + ".gift\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(gift.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public int getMaxUploadKilobytes() {
        return MAX_UPLOAD_BYTES / 1024;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isToBank() {
        return toBank;
    }

    public void setToBank(boolean toBank) {
        this.toBank = toBank;
    }

    public Part getGiftFile() {
        return giftFile;
    }

    public void setGiftFile(Part giftFile) {
        this.giftFile = giftFile;
    }
}
