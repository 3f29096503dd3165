package dev.plaza.web.pages;

import dev.plaza.core.delivery.DeadLetter;
import dev.plaza.core.delivery.DeliveryCounts;
import java.util.List;

/** The delivery queue as a manager sees it: jobs per state and the latest dead letters. */
public record DeliveriesView(Frame frame, DeliveryCounts counts, List<DeadLetter> deadLetters) {
}
