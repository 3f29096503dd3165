package dev.plaza.web.api;

import dev.plaza.core.measures.MeasureDay;
import java.time.LocalDate;

/**
 * One day of a scope's scored posts, every measure of it, and the brand's share of voice on its goal
 * (null when nobody spoke of the goal that day).
 */
record MeasureDayJson(
        LocalDate day,
        long posts,
        long negative,
        long neutral,
        long positive,
        long recommendations,
        long answers,
        long repliesToBrand,
        long mentions,
        long brandReplies,
        long goalPosts,
        long goalPostsOfBrand,
        Double shareOfVoice) {

    static MeasureDayJson of(MeasureDay d) {
        var share = d.shareOfVoice();
        return new MeasureDayJson(d.day(), d.posts(), d.negative(), d.neutral(), d.positive(), d.recommendations(), d.answers(),
                d.repliesToBrand(), d.mentions(), d.brandReplies(), d.goalPosts(), d.goalPostsOfBrand(),
                share.isPresent() ? share.getAsDouble() : null);
    }
}
