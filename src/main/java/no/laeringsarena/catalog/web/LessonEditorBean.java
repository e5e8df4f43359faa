package no.laeringsarena.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.Course;
import no.laeringsarena.catalog.CourseAuthoring;
import no.laeringsarena.catalog.CourseDetails;
import no.laeringsarena.catalog.CourseMedia;
import no.laeringsarena.catalog.CourseModule;
import no.laeringsarena.catalog.Lesson;
import no.laeringsarena.catalog.LessonDraft;
import no.laeringsarena.catalog.LessonKind;
import no.laeringsarena.catalog.LessonStep;
import no.laeringsarena.catalog.MediaType;
import no.laeringsarena.catalog.QuestionKind;
import no.laeringsarena.catalog.StepContent;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.Messages;

/**
 * A lesson in the course editor (kursholder/leksjon.xhtml?kurs=...&amp;modul=... for a new one, &amp;leksjon=... to
 * edit): title, kind, required, the text with a preview, the video or document (an address or an uploaded file, with
 * captions for a video), and the steps of an active lesson.
 */
@Named("lessonEditor")
@ViewScoped
public class LessonEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Learner learner;

    private String courseKey;
    private Long moduleId;
    private Long lessonId;
    private boolean filled;

    private String title;
    private LessonKind kind = LessonKind.TEXT;
    private boolean required = true;
    private String body;
    private String mediaUrl;
    private String captionsUrl;
    private boolean preview;
    private transient Part mediaFile;
    private transient Part captionsFile;

    private String stepTitle;
    private String stepBody;
    private QuestionKind questionKind = QuestionKind.REFLECTION;
    private String question;
    private String options;
    private Integer correctOption;

    private transient Course course;
    private transient Lesson lesson;

    /** View action: the course and lesson (or module, for a new lesson), 404 or 403 as for the course editor. */
    public void load() {
        course = null;
        lesson = null;
        try {
            getCourse();
            if (lessonId != null) {
                Lesson found = getLesson();
                if (!filled) {
                    LessonDraft draft = found.draft();
                    title = draft.title();
                    kind = draft.kind();
                    required = draft.required();
                    body = draft.bodyMarkdown();
                    mediaUrl = draft.mediaUrl();
                    captionsUrl = draft.captionsUrl();
                }
            } else if (getModule() == null) {
                Pages.notFound();
            }
            filled = true;
        } catch (AuthoringException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            AuthoringPages.forbidden();
        }
    }

    private long userId() {
        return learner.id().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    private LessonDraft draft() {
        return new LessonDraft(title, kind, required, body, mediaUrl, captionsUrl);
    }

    /** Saves the lesson and goes back to the course editor (a new active lesson stays here, for its steps). */
    public String save() {
        Long[] saved = new Long[1];
        boolean ok = AuthoringPages.run("lesson-form", () -> saved[0] = lessonId == null
                ? authoring.addLesson(userId(), courseKey, moduleId, draft()).getId()
                : authoring.saveLesson(userId(), courseKey, lessonId, draft()));
        if (!ok) {
            return null;
        }
        Messages.info(null, "authoring.lessonSaved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (lessonId == null && kind == LessonKind.ACTIVE) {
            return "/kursholder/leksjon?faces-redirect=true&kurs=" + Pages.enc(courseKey) + "&leksjon=" + saved[0];
        }
        return CourseEditorBean.outcome(courseKey);
    }

    /** Shows the fields of the chosen kind (the kind is kept from the form). */
    public void changeKind() {
        preview = false;
    }

    public void showPreview() {
        preview = true;
    }

    public void uploadMedia() {
        MediaType.Use use = kind == LessonKind.VIDEO ? MediaType.Use.VIDEO : MediaType.Use.DOCUMENT;
        upload(mediaFile, use, "mediaUrl");
    }

    public void uploadCaptions() {
        upload(captionsFile, MediaType.Use.CAPTIONS, "captionsUrl");
    }

    private void upload(Part part, MediaType.Use use, String field) {
        CourseMedia[] media = new CourseMedia[1];
        boolean ok = AuthoringPages.run("lesson-form", () -> {
            if (part == null || part.getSize() == 0) {
                throw new AuthoringException("file", "authoring.error.fileMissing");
            }
            if (part.getSize() > authoring.maxMediaBytes()) {
                throw new AuthoringException("file", "authoring.error.fileTooLarge", authoring.maxMediaBytes() / (1024 * 1024));
            }
            media[0] = authoring.upload(userId(), courseKey, part.getSubmittedFileName(), read(part), use);
        });
        if (ok) {
            if (field.equals("mediaUrl")) {
                mediaUrl = media[0].reference();
            } else {
                captionsUrl = media[0].reference();
            }
            Messages.info(null, "authoring.uploaded", media[0].getFileName());
        }
    }

    private byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(part.getSize(), authoring.maxMediaBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void addStep() {
        List<String> optionList = questionKind == QuestionKind.CHOICE
                ? CourseDetails.goalLines(options).stream().filter(o -> !o.isBlank()).map(String::strip).toList() : List.of();
        Integer correct = questionKind == QuestionKind.CHOICE && correctOption != null ? correctOption - 1 : null;
        StepContent step = new StepContent(stepTitle, stepBody, questionKind, question, optionList, correct);
        Long[] id = new Long[1];
        if (AuthoringPages.run("lesson-form", () -> id[0] = authoring.addStep(userId(), courseKey, lessonId, step))) {
            lessonId = id[0];
            stepTitle = stepBody = question = options = null;
            correctOption = null;
            lesson = null;
            Messages.info(null, "authoring.stepAdded");
        }
    }

    public void removeStep(int position) {
        Long[] id = new Long[1];
        if (AuthoringPages.run("lesson-form", () -> id[0] = authoring.removeStep(userId(), courseKey, lessonId, position))) {
            lessonId = id[0];
            lesson = null;
            Messages.info(null, "authoring.stepRemoved");
        }
    }

    public void moveStep(int position, int delta) {
        Long[] id = new Long[1];
        if (AuthoringPages.run("lesson-form", () -> id[0] = authoring.moveStep(userId(), courseKey, lessonId, position, delta))) {
            lessonId = id[0];
            lesson = null;
        }
    }

    public Course getCourse() {
        if (course == null) {
            course = authoring.forEditing(userId(), courseKey);
        }
        return course;
    }

    public Lesson getLesson() {
        if (lesson == null && lessonId != null) {
            lesson = authoring.lessonForEditing(userId(), courseKey, lessonId);
        }
        return lesson;
    }

    public CourseModule getModule() {
        if (lessonId != null) {
            return getLesson().getModule();
        }
        return getCourse().getModules().stream().filter(m -> m.getId().equals(moduleId)).findFirst().orElse(null);
    }

    public List<LessonStep> getSteps() {
        return getLesson() == null ? List.of() : getLesson().getSteps();
    }

    /** The kinds to pick from; a package or test lesson keeps its kind (it comes from a package or the content folder). */
    public java.util.List<LessonKind> getKinds() {
        return kind == LessonKind.PACKAGE || kind == LessonKind.TEST ? java.util.List.of(kind) : LessonKind.editable();
    }

    /** 1, 2, … for "the right answer is option number …". */
    public List<Integer> getOptionNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, no.laeringsarena.catalog.CourseValidation.OPTIONS_MAX).boxed().toList();
    }

    public QuestionKind[] getQuestionKinds() {
        return QuestionKind.values();
    }

    public long getMaxMegabytes() {
        return authoring.maxMediaBytes() / (1024 * 1024);
    }

    public boolean isUploadedMedia() {
        return mediaUrl != null && mediaUrl.startsWith(CourseMedia.REFERENCE_PREFIX);
    }

    public String getCourseKey() {
        return courseKey;
    }

    public void setCourseKey(String courseKey) {
        this.courseKey = courseKey;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public void setLessonId(Long lessonId) {
        this.lessonId = lessonId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    public String getCaptionsUrl() {
        return captionsUrl;
    }

    public void setCaptionsUrl(String captionsUrl) {
        this.captionsUrl = captionsUrl;
    }

    public boolean isPreview() {
        return preview;
    }

    public Part getMediaFile() {
        return mediaFile;
    }

    public void setMediaFile(Part mediaFile) {
        this.mediaFile = mediaFile;
    }

    public Part getCaptionsFile() {
        return captionsFile;
    }

    public void setCaptionsFile(Part captionsFile) {
        this.captionsFile = captionsFile;
    }

    public String getStepTitle() {
        return stepTitle;
    }

    public void setStepTitle(String stepTitle) {
        this.stepTitle = stepTitle;
    }

    public String getStepBody() {
        return stepBody;
    }

    public void setStepBody(String stepBody) {
        this.stepBody = stepBody;
    }

    public QuestionKind getQuestionKind() {
        return questionKind;
    }

    public void setQuestionKind(QuestionKind questionKind) {
        this.questionKind = questionKind;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public Integer getCorrectOption() {
        return correctOption;
    }

    public void setCorrectOption(Integer correctOption) {
        this.correctOption = correctOption;
    }
}
