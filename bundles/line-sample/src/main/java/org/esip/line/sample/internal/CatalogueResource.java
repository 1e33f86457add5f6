package org.esip.line.sample.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;

/** {@code GET /api/v1/lines/sample/catalogue}: the service items this line offers. */
@PublicInformation
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** One service item of a line's catalogue. */
    public record ServiceItem(String code, String nameZh, String nameEn) {
    }

    @GET
    public List<ServiceItem> catalogue() {
        return List.of(
                new ServiceItem("sample-consultation", "示例咨询服务", "Sample consultation"),
                new ServiceItem("sample-visit", "示例上门服务", "Sample on-site visit"));
    }
}
