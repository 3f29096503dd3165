package dev.plaza.bench;

/** One timed fan-out: what the sink received, and the CPU the sender's processes used meanwhile. */
record FanOutRun(LoopbackSink.Delivered delivered, CpuMeter.CpuTime cpu) {

    double perSecond() {
        return delivered.perSecond();
    }

    double seconds() {
        return delivered.toLastDelivery().toNanos() / 1e9;
    }

    double jvmMillisPerDelivery() {
        return cpu.jvmMillisPer(delivered.deliveries());
    }

    double otherMillisPerDelivery() {
        return cpu.otherMillisPer(delivered.deliveries());
    }
}
