package no.laeringsarena.elearning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.AuthoringProblem;
import no.laeringsarena.elearning.ImportProblem;
import no.laeringsarena.elearning.PackageImport;
import no.laeringsarena.elearning.PackageImportFailed;
import no.laeringsarena.elearning.PackageStore;
import no.laeringsarena.elearning.PackageUpload;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.platform.web.Messages;

/**
 * Uploading an e-learning package (cmi5: a zip with cmi5.xml, or cmi5.xml alone) into a module of the course being
 * edited (kursholder/kurs.xhtml): one lesson per unit. Every problem with the package is shown, in the user's
 * language; nothing is kept unless all is well.
 */
@Named("packageUpload")
@ViewScoped
public class PackageUploadBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PackageImport importer;

    @Inject
    PackageStore store;

    @Inject
    CurrentUser currentUser;

    private String courseKey;
    private Long moduleId;
    private transient Part file;

    /** Imports the chosen file into the chosen module of the course (its key from the editor's view). */
    public String upload(String courseKey) {
        this.courseKey = courseKey;
        if (file == null || file.getSize() == 0 || moduleId == null) {
            Messages.error(file == null || file.getSize() == 0 ? "package-form:package-file" : "package-form:package-module",
                    file == null || file.getSize() == 0 ? "elearning.upload.fileMissing" : "elearning.upload.moduleMissing");
            return null;
        }
        long userId = currentUser.account().map(UserAccount::getId).orElseThrow();
        try {
            PackageImport.Imported imported = importer.importPackage(userId, courseKey, moduleId,
                    new PackageUpload(file.getSubmittedFileName(), read(file)));
            Messages.info(null, "elearning.upload.done", imported.lessons().size(), imported.elearningPackage().getTitle());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/kursholder/kurs?faces-redirect=true&key=" + courseKey;
        } catch (PackageImportFailed e) {
            for (ImportProblem problem : e.problems()) {
                Messages.error(null, problem.messageKey(), problem.detail() == null ? "" : problem.detail());
            }
        } catch (AuthoringException e) {
            for (AuthoringProblem problem : e.problems()) {
                Messages.error(null, problem.messageKey(), problem.args().toArray());
            }
        } catch (AccessDeniedException e) {
            forbidden();
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(part.getSize(), store.limits().maxUploadBytes() + 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public long getMaxMegabytes() {
        return store.limits().maxUploadMegabytes();
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

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
