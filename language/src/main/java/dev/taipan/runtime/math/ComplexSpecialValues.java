package dev.taipan.runtime.math;

/**
 * The results of the cmath functions for arguments with an infinite or NaN part, as C99 Annex G
 * specifies them (and CPython's cmathmodule.c tabulates them). A table is indexed by the
 * {@link #kind} of the real part, then of the imaginary part.
 *
 * <p>
 * Tables are written row by row as "re,im" cells: P = pi, H = pi/2, Q = pi/4, T = 3*pi/4, I =
 * infinity, N = NaN, 0, 1, with an optional leading '-'; U marks cells that finite arguments
 * reach, which the functions compute instead of looking up.
 */
final class ComplexSpecialValues {
    private ComplexSpecialValues() {
    }

    static final int NINF = 0;
    static final int NEG = 1;
    static final int NZERO = 2;
    static final int PZERO = 3;
    static final int POS = 4;
    static final int PINF = 5;
    static final int NAN = 6;

    static int kind(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        boolean positive = Math.copySign(1.0, d) == 1.0;
        if (Double.isInfinite(d)) {
            return positive ? PINF : NINF;
        }
        if (d == 0) {
            return positive ? PZERO : NZERO;
        }
        return positive ? POS : NEG;
    }

    static final double[][][] ACOS = table(
                    "T,I P,I P,I P,-I P,-I T,-I N,I  H,I U U U U H,-I N,N  H,I U H,0 H,-0 U H,-I H,N  H,I U H,0 H,-0 U H,-I H,N  " +
                                    "H,I U U U U H,-I N,N  Q,I 0,I 0,I 0,-I 0,-I Q,-I N,I  N,I N,N N,N N,N N,N N,-I N,N");
    static final double[][][] ACOSH = table(
                    "I,-T I,-P I,-P I,P I,P I,T I,N  I,-H U U U U I,H N,N  I,-H U 0,-H 0,H U I,H N,N  I,-H U 0,-H 0,H U I,H N,N  " +
                                    "I,-H U U U U I,H N,N  I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N  I,N N,N N,N N,N N,N I,N N,N");
    static final double[][][] ASINH = table(
                    "-I,-Q -I,-0 -I,-0 -I,0 -I,0 -I,Q -I,N  -I,-H U U U U -I,H N,N  -I,-H U -0,-0 -0,0 U -I,H N,N  I,-H U 0,-0 0,0 U I,H N,N  " +
                                    "I,-H U U U U I,H N,N  I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N  I,N N,N N,-0 N,0 N,N I,N N,N");
    static final double[][][] ATANH = table(
                    "-0,-H -0,-H -0,-H -0,H -0,H -0,H -0,N  -0,-H U U U U -0,H N,N  -0,-H U -0,-0 -0,0 U -0,H -0,N  0,-H U 0,-0 0,0 U 0,H 0,N  " +
                                    "0,-H U U U U 0,H N,N  0,-H 0,-H 0,-H 0,H 0,H 0,H 0,N  0,-H N,N N,N N,N N,N 0,H N,N");
    static final double[][][] COSH = table(
                    "I,N U I,0 I,-0 U I,N I,N  N,N U U U U N,N N,N  N,0 U 1,0 1,-0 U N,0 N,0  N,0 U 1,-0 1,0 U N,0 N,0  " +
                                    "N,N U U U U N,N N,N  I,N U I,-0 I,0 U I,N I,N  N,N N,N N,0 N,0 N,N N,N N,N");
    static final double[][][] EXP = table(
                    "0,0 U 0,-0 0,0 U 0,0 0,0  N,N U U U U N,N N,N  N,N U 1,-0 1,0 U N,N N,N  N,N U 1,-0 1,0 U N,N N,N  " +
                                    "N,N U U U U N,N N,N  I,N U I,-0 I,0 U I,N I,N  N,N N,N N,-0 N,0 N,N N,N N,N");
    static final double[][][] LOG = table(
                    "I,-T I,-P I,-P I,P I,P I,T I,N  I,-H U U U U I,H N,N  I,-H U -I,-P -I,P U I,H N,N  I,-H U -I,-0 -I,0 U I,H N,N  " +
                                    "I,-H U U U U I,H N,N  I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N  I,N N,N N,N N,N N,N I,N N,N");
    static final double[][][] SINH = table(
                    "I,N U -I,-0 -I,0 U I,N I,N  N,N U U U U N,N N,N  0,N U -0,-0 -0,0 U 0,N 0,N  0,N U 0,-0 0,0 U 0,N 0,N  " +
                                    "N,N U U U U N,N N,N  I,N U I,-0 I,0 U I,N I,N  N,N N,N N,-0 N,0 N,N N,N N,N");
    static final double[][][] SQRT = table(
                    "I,-I 0,-I 0,-I 0,I 0,I I,I N,I  I,-I U U U U I,I N,N  I,-I U 0,-0 0,0 U I,I N,N  I,-I U 0,-0 0,0 U I,I N,N  " +
                                    "I,-I U U U U I,I N,N  I,-I I,-0 I,-0 I,0 I,0 I,I I,N  I,-I N,N N,N N,N N,N I,I N,N");
    static final double[][][] TANH = table(
                    "-1,0 U -1,-0 -1,0 U -1,0 -1,0  N,N U U U U N,N N,N  N,N U -0,-0 -0,0 U N,N N,N  N,N U 0,-0 0,0 U N,N N,N  " +
                                    "N,N U U U U N,N N,N  1,0 U 1,-0 1,0 U 1,0 1,0  N,N N,N N,-0 N,0 N,N N,N N,N");
    static final double[][][] RECT = table(
                    "I,N U -I,0 -I,-0 U I,N I,N  N,N U U U U N,N N,N  0,0 U -0,0 -0,-0 U 0,0 0,0  0,0 U 0,-0 0,0 U 0,0 0,0  " +
                                    "N,N U U U U N,N N,N  I,N U I,-0 I,0 U I,N I,N  N,N N,N N,0 N,0 N,N N,N N,N");

    private static double value(String s) {
        boolean neg = s.startsWith("-");
        String t = neg ? s.substring(1) : s;
        double v = switch (t) {
            case "P" -> Math.PI;
            case "H" -> 0.5 * Math.PI;
            case "Q" -> 0.25 * Math.PI;
            case "T" -> 0.75 * Math.PI;
            case "I" -> Double.POSITIVE_INFINITY;
            case "N", "U" -> Double.NaN;
            case "0" -> 0.0;
            case "1" -> 1.0;
            default -> throw new IllegalArgumentException(s);
        };
        return neg ? -v : v;
    }

    private static double[][][] table(String cells) {
        String[] parts = cells.trim().split("\\s+");
        if (parts.length != 49) {
            throw new IllegalStateException("special value table needs 49 cells, has " + parts.length);
        }
        double[][][] t = new double[7][7][];
        for (int i = 0; i < 49; i++) {
            String cell = parts[i];
            double[] z = cell.equals("U") ? new double[]{Double.NaN, Double.NaN} : new double[]{value(cell.substring(0, cell.indexOf(','))), value(cell.substring(cell.indexOf(',') + 1))};
            t[i / 7][i % 7] = z;
        }
        return t;
    }
}
