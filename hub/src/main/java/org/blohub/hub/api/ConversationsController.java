package org.blohub.hub.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.MessageStore;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A conversation as a thread: the caller office's sent and received messages in it, oldest first. */
@RestController
@RequestMapping("/api/conversations")
@Tag(name = "conversations")
class ConversationsController {

    private final MessageStore messages;
    private final CurrentCaller callers;

    ConversationsController(MessageStore messages, CurrentCaller callers) {
        this.messages = messages;
        this.callers = callers;
    }

    /** A thread: messages in the order they were created, with replies pointing at what they answer. */
    public record ThreadView(String conversationId, String office, List<MessageView> messages) {
    }

    @Operation(summary = "The caller office's messages of one conversation, oldest first")
    @GetMapping("/{id}")
    ThreadView thread(@PathVariable String id, Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        List<MessageView> thread = messages.conversation(caller.office(), id).stream()
                .map(MessageView::of)
                .filter(view -> !"RECEIPT".equals(view.kind()))
                .toList();
        if (thread.isEmpty()) {
            throw MessagesController.notFound(id);
        }
        return new ThreadView(id, caller.office(), thread);
    }
}
