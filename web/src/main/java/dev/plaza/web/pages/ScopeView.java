package dev.plaza.web.pages;

/** One community's or channel's dashboard, with the way back to where it is listed and to its conversations. */
public record ScopeView(Frame frame, String name, String section, Dashboard dashboard, String conversations) {
}
