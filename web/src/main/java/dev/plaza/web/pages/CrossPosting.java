package dev.plaza.web.pages;

import dev.plaza.atproto.bsky.PostDraft;
import dev.plaza.core.PlazaException;
import dev.plaza.core.actors.LocalActor;
import dev.plaza.core.publishing.Visibility;
import dev.plaza.federation.outbox.Draft;
import dev.plaza.federation.outbox.Publisher;
import dev.plaza.web.PublishingActor;
import dev.plaza.web.bluesky.BlueskyPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One text from the Publish form to each network the team chose: the fediverse (as the brand's actor)
 * and Bluesky (as the connected account). Every check runs before anything is sent; after that, a
 * network that fails does not undo the other's post, and the answer says which failed and why.
 */
final class CrossPosting {

    /** What the form asked for. */
    record Request(long workspace, Draft fediverseDraft, boolean toFediverse, boolean toBluesky) {
    }

    private final PageSupport pages;
    private final Publisher publisher;
    private final BlueskyPosting bluesky;

    CrossPosting(PageSupport pages, Publisher publisher, BlueskyPosting bluesky) {
        this.pages = pages;
        this.publisher = publisher;
        this.bluesky = bluesky;
    }

    /** Posts where asked; answers the success message, or throws one naming each network that failed. */
    String post(Request request) {
        Draft draft = request.fediverseDraft();
        if (!request.toFediverse() && !request.toBluesky()) {
            throw new IllegalArgumentException("Choose at least one network to post to.");
        }
        Optional<String> blueskyReply = draft.inReplyTo().filter(BlueskyPosting::isBlueskyTarget);
        if (request.toFediverse() && blueskyReply.isPresent()) {
            throw new IllegalArgumentException(("The post answers a Bluesky post (%s), which the fediverse cannot reply to:"
                    + " uncheck Fediverse.").formatted(blueskyReply.get()));
        }
        Optional<PostDraft> blueskyDraft = request.toBluesky() ? Optional.of(blueskyDraft(draft)) : Optional.empty();
        Optional<LocalActor> actor = request.toFediverse()
                ? Optional.of(PublishingActor.require(pages.store().localActors(), request.workspace())) : Optional.empty();

        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        actor.ifPresent(brand -> send(done, failed, "the fediverse", () -> {
            var post = publisher.publish(brand, draft);
            return post.visibility() == Visibility.DIRECT ? "the fediverse (to the people it mentions)"
                    : "the fediverse (on its way to your followers)";
        }));
        blueskyDraft.ifPresent(post -> send(done, failed, "Bluesky", () -> {
            bluesky.post(request.workspace(), post, blueskyReply);
            return "Bluesky";
        }));
        String published = done.isEmpty() ? "" : "Published on " + String.join(" and on ", done) + ".";
        if (failed.isEmpty()) {
            return published;
        }
        throw new PlazaException((published + " Not published on " + String.join("; not on ", failed)).strip());
    }

    private static PostDraft blueskyDraft(Draft draft) {
        if (draft.inReplyTo().isPresent() && !BlueskyPosting.isBlueskyTarget(draft.inReplyTo().get())) {
            throw new IllegalArgumentException(("The post answers a fediverse post (%s), which Bluesky cannot reply to:"
                    + " uncheck Bluesky, or give the at:// URI of a Bluesky post.").formatted(draft.inReplyTo().get()));
        }
        if (draft.visibility() != Visibility.PUBLIC) {
            throw new IllegalArgumentException("Bluesky posts are public to everyone: choose Public, or uncheck Bluesky.");
        }
        if (draft.poll().isPresent()) {
            throw new IllegalArgumentException("Bluesky has no polls: remove the poll, or uncheck Bluesky.");
        }
        if (draft.contentWarning().isPresent()) {
            throw new IllegalArgumentException("Bluesky has no content warnings: remove it, or uncheck Bluesky.");
        }
        return BlueskyPosting.draft(draft.text(), draft.language());
    }

    private static void send(List<String> done, List<String> failed, String network, Supplier<String> action) {
        try {
            done.add(action.get());
        } catch (IllegalArgumentException | PlazaException e) {
            failed.add(network + ": " + e.getMessage());
        }
    }
}
