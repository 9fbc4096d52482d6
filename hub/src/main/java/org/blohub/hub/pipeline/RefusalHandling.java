package org.blohub.hub.pipeline;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/** The one error handling the arrival routes opt into: a refusal is recorded and answered, then consumed. */
@Component
class RefusalHandling extends RouteConfigurationBuilder {

    static final String ID = "refusal-handling";

    private final RefusalRecorder recorder;

    RefusalHandling(RefusalRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(InboundRefusedException.class).handled(true).process(recorder);
    }
}
