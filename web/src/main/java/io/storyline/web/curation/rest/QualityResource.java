package io.storyline.web.curation.rest;

import io.storyline.analysis.results.Curation;
import io.storyline.analysis.results.ReviewFigure;
import io.storyline.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/quality}, for admins: per entity type and event type, how much of the machine's work people reviewed
 * and the precision their decisions measure, with its 95 % interval.
 */
@Path("/quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class QualityResource {

    @EJB
    Curation curation;

    @GET
    public List<FigureJson> figures() {
        return curation.reviewFigures().stream().map(FigureJson::of).toList();
    }

    /** One row: precision and its interval are null when nothing of the type was reviewed. */
    public record FigureJson(String subject, String type, long total, long reviewed, long correct, long wrong,
                             double reviewedShare, Double precision, Double precisionLow, Double precisionHigh) {
        static FigureJson of(ReviewFigure f) {
            boolean any = f.reviewed() > 0;
            return new FigureJson(f.subject(), f.type(), f.total(), f.reviewed(), f.correct(), f.wrong(), f.share(),
                    any ? f.precision() : null, any ? f.precisionLow() : null, any ? f.precisionHigh() : null);
        }
    }
}
