package org.blohub.hub.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.OutboundTranslator;

/**
 * The national formats on the class path, found only through {@link ServiceLoader} by their format id: a new
 * format is a new translator jar, never a change here.
 */
final class NationalFormatCatalog {

    private final Map<String, InboundTranslator> inbound;
    private final Map<String, OutboundTranslator> outbound;

    NationalFormatCatalog(List<InboundTranslator> inbound, List<OutboundTranslator> outbound) {
        this.inbound = byFormatId(inbound, InboundTranslator::formatId);
        this.outbound = byFormatId(outbound, OutboundTranslator::formatId);
    }

    static NationalFormatCatalog fromClassPath() {
        ClassLoader loader = NationalFormatCatalog.class.getClassLoader();
        return new NationalFormatCatalog(
                ServiceLoader.load(InboundTranslator.class, loader).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(OutboundTranslator.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    Optional<InboundTranslator> inbound(String formatId) {
        return Optional.ofNullable(inbound.get(formatId));
    }

    Optional<OutboundTranslator> outbound(String formatId) {
        return Optional.ofNullable(outbound.get(formatId));
    }

    /** E.g. {@code la-customs-csv, th-cms-xml}, for messages naming what is available. */
    String inboundIds() {
        return String.join(", ", inbound.keySet());
    }

    String outboundIds() {
        return String.join(", ", outbound.keySet());
    }

    private static <T> Map<String, T> byFormatId(List<T> translators, Function<T, String> formatId) {
        return translators.stream().collect(Collectors.toMap(formatId, Function.identity(), (first, second) -> first,
                TreeMap::new));
    }
}
