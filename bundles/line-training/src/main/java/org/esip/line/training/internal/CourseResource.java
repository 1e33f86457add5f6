package org.esip.line.training.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.PublicInformation;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.training.api.Course;
import org.esip.line.training.api.TrainingTopic;

/** Courses at {@code /api/v1/lines/training/courses} (clause 5.2.3.1): public to read, kept by staff. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {
    private final CourseCatalogue catalogue;

    CourseResource(CourseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @PublicInformation
    public List<Course> list(@QueryParam("topic") String topic) {
        return catalogue.courses(RequestParams.optionalEnum(TrainingTopic.class, "topic", topic));
    }

    /** The topics with their names, for forms. */
    @GET
    @Path("topics")
    @PublicInformation
    public List<Map<String, String>> topics() {
        return Arrays.stream(TrainingTopic.values())
                .map(t -> Map.of("code", t.name(), "nameZh", t.nameZh(), "nameEn", t.nameEn())).toList();
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Course get(@PathParam("id") String id) {
        return catalogue.course(RequestParams.id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, Drafts.CourseDraft body) {
        Course c = catalogue.createCourse(LineAccess.maintainer(sc.getUserPrincipal()), body);
        return Response.created(URI.create("courses/" + c.id())).entity(c).build();
    }
}
