package dev.plaza.federation.vocab;

import java.util.List;
import java.util.Optional;

/** A Question's options: {@code oneOf} for single choice, {@code anyOf} for multiple. */
final class PollParser {

    private PollParser() {
    }

    static Poll read(Node question) {
        boolean multiple = question.field("oneOf").absent() && !question.field("anyOf").absent();
        Node options = question.field(multiple ? "anyOf" : "oneOf");
        return new Poll(multiple, options(options), question.instant("endTime"),
                question.field("closed").json().isTextual() ? question.instant("closed") : Optional.empty(),
                question.count("votersCount"));
    }

    private static List<Poll.Option> options(Node options) {
        return options.elements(options.limits().maxAttachments()).stream()
                .filter(option -> option.json().isObject())
                .map(option -> new Poll.Option(
                        option.text("name").orElseThrow(() -> option.field("name").malformed("missing; a poll option needs a name")),
                        option.field("replies").json().isObject() ? option.field("replies").count("totalItems") : Optional.empty()))
                .toList();
    }
}
