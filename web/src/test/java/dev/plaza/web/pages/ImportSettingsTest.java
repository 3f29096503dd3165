package dev.plaza.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportSettingsTest {

    @Test
    void anUploadIsKnownByItsOwnNameOnly() {
        assertThat(ImportSettings.displayName("C:\\Users\\ada\\archive-2025.zip")).isEqualTo("archive-2025.zip");
        assertThat(ImportSettings.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ImportSettings.displayName("evil\u0000name\n.zip")).isEqualTo("evilname.zip");
        assertThat(ImportSettings.displayName(null)).isEqualTo("archive");
        assertThat(ImportSettings.displayName("dir/")).isEqualTo("archive");
        assertThat(ImportSettings.displayName("a/..")).isEqualTo("archive");
    }
}
