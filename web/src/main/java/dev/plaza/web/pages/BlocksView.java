package dev.plaza.web.pages;

import dev.plaza.core.blocks.ActorBlock;
import dev.plaza.core.community.DomainBlock;
import java.util.List;

/** Settings → Blocks: blocked accounts (newest first) and blocked servers (alphabetically). */
public record BlocksView(Frame frame, List<ActorBlock> accounts, List<DomainBlock> domains) {

    public BlocksView {
        accounts = List.copyOf(accounts);
        domains = List.copyOf(domains);
    }
}
