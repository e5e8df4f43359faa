package no.laeringsarena.webinar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.Event;
import no.laeringsarena.webinar.EventPlanning;
import no.laeringsarena.webinar.EventStatus;
import no.laeringsarena.webinar.PlanningRefused;

/**
 * The event planner (kursholder/arrangement.xhtml[?key=...]): a new event without a key, else the kursholder's own
 * event to change or cancel. Every action is checked again in {@link EventPlanning}.
 */
@Named("eventPlanner")
@ViewScoped
public class EventPlannerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPlanning planning;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private String key;
    private EventForm form = new EventForm();
    private String cancelReason;
    private boolean cancelled;
    private boolean fromStart = true;
    private Long questionsThreadId;
    private String questionCategory;
    private transient List<ForumCategory> questionCategories;

    /** View action: 404 for an unknown key, 403 for someone else's event; fills the form from what is saved. */
    public void load() {
        if (key == null || key.isBlank() || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            Event event = planning.forEditing(userId(), key);
            form = EventForm.of(planning.draft(userId(), key));
            cancelled = event.getStatus() == EventStatus.CANCELLED;
            questionsThreadId = event.getQuestionsThreadId();
            fromStart = false;
        } catch (PlanningRefused e) {
            PlannerPages.sendError(404);
        } catch (AccessDeniedException e) {
            PlannerPages.sendError(403);
        }
    }

    /** Plans a new event (then shows it in the planner) or saves the changes to this one. */
    public String save() {
        if (isNew()) {
            String[] created = new String[1];
            boolean ok = PlannerPages.run("event-form", () -> created[0] = planning.create(userId(), form.toDraft()));
            if (!ok) {
                return null;
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(null, "planning.created");
            return "/kursholder/arrangement?faces-redirect=true&key=" + created[0];
        }
        if (PlannerPages.run("event-form", () -> planning.update(userId(), key, form.toDraft()))) {
            Messages.info(null, "planning.saved");
        }
        return null;
    }

    public String cancelEvent() {
        if (PlannerPages.run("cancel-form", () -> planning.cancel(userId(), key, cancelReason))) {
            cancelled = true;
            Messages.info(null, "planning.cancelledNow");
        }
        return null;
    }

    /** Opens the forum thread for questions before the event in the chosen category. */
    public String openQuestions() {
        Long[] id = new Long[1];
        if (PlannerPages.run("questions-form", () -> id[0] = planning.openQuestions(userId(), key, questionCategory,
                language.getLocale()))) {
            questionsThreadId = id[0];
            Messages.info(null, "planning.questions.opened");
        }
        return null;
    }

    public List<ForumCategory> getQuestionCategories() {
        if (questionCategories == null) {
            questionCategories = planning.questionCategories();
        }
        return questionCategories;
    }

    public Long getQuestionsThreadId() {
        return questionsThreadId;
    }

    public String getQuestionCategory() {
        return questionCategory;
    }

    public void setQuestionCategory(String questionCategory) {
        this.questionCategory = questionCategory;
    }

    private long userId() {
        return learner.id().orElseThrow();
    }

    public boolean isNew() {
        return key == null || key.isBlank();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public EventForm getForm() {
        return form;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether this view began as a new event (the page title then says "Nytt arrangement"). */
    public boolean isFromStart() {
        return fromStart;
    }
}
