package dev.plaza.web.pages;

import dev.plaza.web.imports.ImportJob;
import java.util.List;

/** Settings → Imports: the upload form and the workspace's recent imports with their progress. */
public record ImportsView(Frame frame, List<ImportJob> jobs) {
}
