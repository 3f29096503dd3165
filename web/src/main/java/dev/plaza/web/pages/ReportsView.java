package dev.plaza.web.pages;

import dev.plaza.core.publishing.LocalPost;
import dev.plaza.core.publishing.Publishing;
import dev.plaza.core.reports.Report;
import java.util.List;
import java.util.Optional;

/** Settings → Reports: a page of reports, newest first, and the link to older ones. */
public record ReportsView(Frame frame, List<Row> reports, Optional<String> olderHref) {

    public ReportsView {
        reports = List.copyOf(reports);
    }

    /** One report and the posts it names, with what they say (a deleted post says so). */
    public record Row(Report report, List<ReportedPost> posts) {

        public Row {
            posts = List.copyOf(posts);
        }

        static Row of(Report report, Publishing publishing) {
            return new Row(report, report.posts().stream().map(uri -> new ReportedPost(uri,
                    publishing.postByUri(uri).map(ReportedPost::text).orElse(""))).toList());
        }
    }

    /** A reported post: its URI (a link to its public page) and an excerpt of its text. */
    public record ReportedPost(String uri, String excerpt) {

        private static String text(LocalPost post) {
            return post.deletedAt().isPresent() ? "(deleted since)" : Fmt.excerpt(post.source(), 160);
        }
    }
}
