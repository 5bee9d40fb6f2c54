package io.storyline.web.curation.faces;

import io.storyline.analysis.results.Curation;
import io.storyline.analysis.results.ReviewFigure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** The admin's view of reviewed share and measured precision per entity and event type. */
@Named
@RequestScoped
public class QualityBean {

    @EJB
    Curation curation;

    private List<ReviewFigure> figures;

    public List<ReviewFigure> getEntities() {
        return figures().stream().filter(f -> f.subject().equals("ENTITY")).toList();
    }

    public List<ReviewFigure> getEvents() {
        return figures().stream().filter(f -> f.subject().equals("EVENT")).toList();
    }

    private List<ReviewFigure> figures() {
        if (figures == null) {
            figures = curation.reviewFigures();
        }
        return figures;
    }

    /** A share as a percentage with one decimal, "—" when there is none. */
    public String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
