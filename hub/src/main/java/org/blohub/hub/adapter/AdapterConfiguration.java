package org.blohub.hub.adapter;

import java.nio.file.Path;
import java.util.Optional;

import org.blohub.adapters.spi.NationalFormats;
import org.blohub.hub.node.OfficeKeyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's adapters from {@code blo.adapters.config} (none when unset). A malformed file stops the node at
 * start; relative directories in it are resolved against {@code blo.adapters.base-dir}.
 */
@Configuration(proxyBeanMethods = false)
class AdapterConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AdapterConfiguration.class);

    @Bean
    NationalFormats nationalFormats() {
        return NationalFormats.load();
    }

    @Bean
    AdapterPlan adapterPlan(@Value("${blo.adapters.config:}") Optional<Path> file,
            @Value("${blo.adapters.base-dir:.}") Path baseDirectory, NationalFormats formats,
            OfficeKeyring keyring) {
        if (file.isEmpty() || file.get().toString().isBlank()) {
            LOG.info("BLO-ADP-001 no adapter configuration (blo.adapters.config is not set): no adapters run");
            return AdapterPlan.NONE;
        }
        AdapterPlan plan = new AdapterPlanParser(formats, keyring::hosts, baseDirectory).parse(file.get());
        AdapterDirectories.create(plan);
        LOG.info("BLO-ADP-002 adapter configuration {}: {} inbound, {} IMAP and {} outbound adapters",
                file.get().toAbsolutePath(), plan.inbound().size(), plan.mail().size(), plan.outbound().size());
        return plan;
    }
}
