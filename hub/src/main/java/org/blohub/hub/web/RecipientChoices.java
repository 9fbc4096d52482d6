package org.blohub.hub.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.blohub.hub.registry.Agreement;
import org.blohub.hub.registry.HandlingCode;
import org.blohub.hub.registry.MessageKind;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.blohub.hub.registry.OperationGroup;
import org.springframework.stereotype.Component;

/**
 * The offices an office may write to, read from the registry's agreements ({@link Agreement#covers}), to offer them
 * in the compose form. The pipeline's authorization still decides each submission.
 */
@Component
class RecipientChoices {

    private final NetworkRegistry registry;

    RecipientChoices(NetworkRegistry registry) {
        this.registry = registry;
    }

    /** The operation groups the office belongs to that run on this day, to address all their members at once. */
    List<OperationGroup> groupsOf(String sender, LocalDate day) {
        return registry.operationGroupsOf(sender).stream().filter(group -> group.isOpenOn(day)).toList();
    }

    List<Recipient> of(String sender) {
        return registry.offices().stream()
                .filter(office -> !office.id().equals(sender))
                .map(office -> recipient(sender, office))
                .filter(recipient -> !recipient.kinds().isEmpty())
                .sorted(Comparator.comparing(Recipient::office))
                .toList();
    }

    private Recipient recipient(String sender, Office office) {
        List<Agreement> covering = registry.agreements().stream()
                .filter(agreement -> agreement.covers(sender, office.id())).toList();
        Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
        covering.forEach(agreement -> kinds.addAll(agreement.kinds()));
        kinds.remove(MessageKind.RECEIPT);
        HandlingCode upTo = covering.stream().map(Agreement::upToHandlingCode).max(Comparator.naturalOrder())
                .orElse(HandlingCode.H0);
        return new Recipient(office.id(), office.displayName(), upTo, kinds);
    }
}
