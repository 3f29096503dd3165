package dev.plaza.web.pages;

/** The friendly error page: what went wrong, in words, and where to go next. */
public record ErrorView(Frame frame, int status, String title, String message) {
}
