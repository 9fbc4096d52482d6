package org.blohub.adapters.spi;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The translators on the class path, found through {@link ServiceLoader}
 * ({@code META-INF/services/org.blohub.adapters.spi.InboundTranslator} and {@code ...OutboundTranslator})
 * and looked up by format id. Two translators of one kind claiming the same format id are refused.
 */
public final class NationalFormats {

    private final Map<String, InboundTranslator> inbound;
    private final Map<String, OutboundTranslator> outbound;

    private NationalFormats(Map<String, InboundTranslator> inbound, Map<String, OutboundTranslator> outbound) {
        this.inbound = Map.copyOf(inbound);
        this.outbound = Map.copyOf(outbound);
    }

    /** Loads every translator visible to this class's class loader. */
    public static NationalFormats load() {
        return load(NationalFormats.class.getClassLoader());
    }

    public static NationalFormats load(ClassLoader classLoader) {
        return new NationalFormats(
                byFormatId(ServiceLoader.load(InboundTranslator.class, classLoader), InboundTranslator::formatId),
                byFormatId(ServiceLoader.load(OutboundTranslator.class, classLoader), OutboundTranslator::formatId));
    }

    public Optional<InboundTranslator> inbound(String formatId) {
        return Optional.ofNullable(inbound.get(formatId));
    }

    public Optional<OutboundTranslator> outbound(String formatId) {
        return Optional.ofNullable(outbound.get(formatId));
    }

    public Set<String> inboundFormatIds() {
        return Set.copyOf(inbound.keySet());
    }

    public Set<String> outboundFormatIds() {
        return Set.copyOf(outbound.keySet());
    }

    private static <T> Map<String, T> byFormatId(Iterable<T> translators, Function<T, String> formatId) {
        Map<String, T> found = new TreeMap<>();
        for (T translator : translators) {
            T previous = found.putIfAbsent(formatId.apply(translator), translator);
            if (previous != null) {
                throw new DuplicateFormatException(formatId.apply(translator), previous.getClass(), translator.getClass());
            }
        }
        return found;
    }
}
