package io.storyline.web.knowledge.faces;

import io.storyline.analysis.AnalysisProblem;
import io.storyline.analysis.knowledge.ImportReport;
import io.storyline.analysis.knowledge.KnowledgeAdmin.AliasInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin.NameInput;
import io.storyline.analysis.knowledge.KnowledgeAdmin;
import io.storyline.domain.entity.AliasKind;
import io.storyline.domain.entity.EntityType;
import io.storyline.web.knowledge.CsvBodies;
import io.storyline.web.knowledge.KnowledgeActions;
import io.storyline.web.knowledge.faces.KnowledgeRows.AliasForm;
import io.storyline.web.knowledge.faces.KnowledgeRows.NameForm;
import io.storyline.web.layout.Messages;
import io.storyline.web.layout.Uploads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.primefaces.event.FileUploadEvent;

/**
 * The aliases and gazetteer page: two server-paged tables searched by name and filtered by type, a form to add or
 * change an entry, delete with confirmation, CSV import with a report and export links. (Under /admin: ADMIN only,
 * by web.xml; every action checks again.)
 */
@Named
@ViewScoped
public class KnowledgeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient KnowledgeAdmin knowledge;

    @Inject
    transient SecurityContext security;

    @EJB
    KnowledgeActions actions;

    private String aliasQ;
    private String aliasType;
    private String nameQ;
    private String nameType;
    private PagedRows<AliasForm> aliases;
    private PagedRows<NameForm> names;
    private AliasForm alias = new AliasForm();
    private NameForm name = new NameForm();
    private String importReport;
    private List<String> importProblems = List.of();

    @PostConstruct
    void init() {
        aliases = new PagedRows<>(p -> knowledge.aliases(aliasQ, aliasType, p).map(AliasForm::of), AliasForm::getId);
        names = new PagedRows<>(p -> knowledge.gazetteer(nameQ, nameType, p).map(NameForm::of), NameForm::getId);
    }

    public void newAlias() {
        alias = new AliasForm();
    }

    public void editAlias(AliasForm row) {
        alias = row.copy();
    }

    public void saveAlias() {
        AliasInput in = new AliasInput(alias.getAlias(), alias.getCanonical(), alias.getType(), alias.getKind(),
                alias.getNote());
        Long id = alias.getId();
        if (act(() -> actions.saveAlias(id, in))) {
            Messages.info("Alias \"" + in.alias() + "\" saved; documents analysed from now on use it.");
            alias = new AliasForm();
        }
    }

    public void deleteAlias(AliasForm row) {
        if (act(() -> {
            actions.deleteAlias(row.getId());
            return null;
        })) {
            Messages.info("Alias \"" + row.getAlias() + "\" deleted.");
        }
    }

    public void newName() {
        name = new NameForm();
    }

    public void editName(NameForm row) {
        name = row.copy();
    }

    public void saveName() {
        NameInput in = new NameInput(name.getName(), name.getType(), name.isCaseSensitive(), name.getNote());
        Long id = name.getId();
        if (act(() -> actions.saveName(id, in))) {
            Messages.info("\"" + in.name() + "\" saved in the gazetteer; documents analysed from now on use it.");
            name = new NameForm();
        }
    }

    public void deleteName(NameForm row) {
        if (act(() -> {
            actions.deleteName(row.getId());
            return null;
        })) {
            Messages.info("\"" + row.getName() + "\" deleted from the gazetteer.");
        }
    }

    public void importAliases(FileUploadEvent event) {
        importCsv(event, "aliases", actions::importAliases);
    }

    public void importNames(FileUploadEvent event) {
        importCsv(event, "gazetteer", actions::importGazetteer);
    }

    private void importCsv(FileUploadEvent event, String what, Function<String, ImportReport> importer) {
        importReport = null;
        importProblems = List.of();
        String csv;
        try (InputStream in = event.getFile().getInputStream()) {
            csv = CsvBodies.read(in);
        } catch (CsvBodies.TooLargeException | CsvBodies.NotTextException e) {
            Messages.error(e.getMessage());
            return;
        } catch (IOException e) {
            Messages.error("The file could not be read: " + e.getMessage());
            return;
        } finally {
            Uploads.discard(event.getFile());
        }
        try {
            ImportReport report = importer.apply(csv);
            importReport = "Imported " + what + " from " + event.getFile().getFileName() + ": " + report.added()
                    + " added, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                    + report.rejected() + " rejected.";
            importProblems = report.problems();
            Messages.info(importReport);
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
        }
    }

    /** Runs a change if the caller is an admin; shows the reason when it is refused. */
    private boolean act(java.util.function.Supplier<Object> change) {
        try {
            change.get();
            return true;
        } catch (AnalysisProblem e) {
            Messages.error(e.getMessage());
            return false;
        }
    }

    public List<String> getTypes() {
        return java.util.Arrays.stream(EntityType.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(AliasKind.values()).map(Enum::name).toList();
    }

    public PagedRows<AliasForm> getAliases() {
        return aliases;
    }

    public PagedRows<NameForm> getNames() {
        return names;
    }

    public AliasForm getAlias() {
        return alias;
    }

    public NameForm getName() {
        return name;
    }

    public String getImportReport() {
        return importReport;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public String getAliasQ() {
        return aliasQ;
    }

    public void setAliasQ(String aliasQ) {
        this.aliasQ = aliasQ;
    }

    public String getAliasType() {
        return aliasType;
    }

    public void setAliasType(String aliasType) {
        this.aliasType = aliasType;
    }

    public String getNameQ() {
        return nameQ;
    }

    public void setNameQ(String nameQ) {
        this.nameQ = nameQ;
    }

    public String getNameType() {
        return nameType;
    }

    public void setNameType(String nameType) {
        this.nameType = nameType;
    }

    public long getMaxBytes() {
        return io.storyline.analysis.knowledge.KnowledgeCsv.MAX_BYTES;
    }
}
