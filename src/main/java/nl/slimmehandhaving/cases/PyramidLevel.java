package nl.slimmehandhaving.cases;

/** The six levels of the enforcement pyramid (domain brief section 5). */
public final class PyramidLevel {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 6;

    private PyramidLevel() {
    }

    public static int up(int level) {
        return Math.min(HIGHEST, level + 1);
    }

    public static int down(int level) {
        return Math.max(LOWEST, level - 1);
    }
}
