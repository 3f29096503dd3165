package dev.plaza.web.federation;

/**
 * How much one remote server may send to Plaza's inboxes: a burst, then a steady rate. Generous
 * by default, since a large instance delivers a post from each of its users; the point is that one
 * server cannot flood Plaza or make it verify signatures without end.
 */
public record InboundLimits(int burst, double perSecond) {

    public static final InboundLimits DEFAULT = new InboundLimits(600, 100);

    public InboundLimits {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("inbound limits need a burst of at least 1 and a positive rate");
        }
    }
}
