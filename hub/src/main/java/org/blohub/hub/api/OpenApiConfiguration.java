package org.blohub.hub.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.blohub.hub.node.NodeProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description served at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final Map<?, ?> EXAMPLE = JsonMapper.builder().build()
            .readValue(MessagesController.EXAMPLE, Map.class);
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final String MULTIPART = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String SUBMISSION_REFERENCE = "#/components/schemas/" + SubmissionSchemaDescription.SUBMISSION;

    @Bean
    OpenAPI bloHubApi(NodeProperties properties) {
        return new OpenAPI()
                .info(new Info().title("BLO Hub node " + properties.name()).version("1")
                        .description("Send and receive sealed liaison messages. Every caller is bound to one office."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }

    /** Describes the body of POST /api/messages with the schema the node validates submissions against. */
    @Bean
    OpenApiCustomizer submissionBodyDescription(PublishedSchema published) {
        Map<String, Schema<?>> components = new SubmissionSchemaDescription(published).components();
        return openApi -> {
            components.forEach(openApi.getComponents()::addSchemas);
            Optional.ofNullable(openApi.getPaths()).map(paths -> paths.get("/api/messages")).map(PathItem::getPost)
                    .ifPresent(OpenApiConfiguration::describeSubmissionBody);
        };
    }

    private static void describeSubmissionBody(Operation submit) {
        RequestBody body = Optional.ofNullable(submit.getRequestBody()).orElseGet(RequestBody::new).required(true);
        Content content = Optional.ofNullable(body.getContent()).orElseGet(Content::new);
        MediaType json = content.getOrDefault(JSON, new MediaType());
        if (json.getExample() == null && json.getExamples() == null) {
            json.example(EXAMPLE);
        }
        content.addMediaType(JSON,
                json.schema(new JsonSchema().$ref(SUBMISSION_REFERENCE)));
        Schema<?> attachments = new JsonSchema().types(Set.of("array"))
                .items(new JsonSchema().types(Set.of("string")).format("binary")
                        .contentMediaType("application/octet-stream"))
                .description("one file per part, at most 20 MB each");
        Schema<?> form = new JsonSchema().types(Set.of("object"))
                .addProperty("message", new JsonSchema().$ref(SUBMISSION_REFERENCE))
                .addProperty("attachment", attachments)
                .required(List.of("message"));
        content.addMediaType(MULTIPART, new MediaType().schema(form)
                .addEncoding("message", new Encoding().contentType(JSON)));
        submit.requestBody(body.content(content));
    }
}
