package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.blohub.hub.broker.BloHeaders;
import org.junit.jupiter.api.Test;

class ArrivalTest {

    @Test
    void readsTheDeliveringUserUnderItsJmsNameNotTheSendersCopyOfTheBrokerProperty() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BloHeaders.VALIDATED_USER, "TH");

        assertThat(Arrival.of(headers).validatedUser()).isEmpty();

        headers.put(BloHeaders.VALIDATED_USER_AS_JMS, "MM");
        assertThat(Arrival.of(headers).validatedUser()).contains("MM");
    }
}
