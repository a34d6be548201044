package dev.zenneural.core.nn.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A stack's loss: its parameters fit its kind, and a quantile loss's outputs per target. */
class StackLossTest {

    @Test
    void quantileLossesMakeOneOutputPerQuantile() {
        StackLoss loss = StackLoss.quantiles(0.5, 0.1, 0.9);
        assertEquals(3, loss.outputsPerTarget());
        assertArrayEquals(new double[] {0.5, 0.1, 0.9}, loss.quantiles());
        assertEquals(1, StackLoss.of(PointLossKind.SMAPE).outputsPerTarget());
        assertEquals(1, StackLoss.huber(0.5).outputsPerTarget());
    }

    @Test
    void theQuantilesAreCopiedInAndOut() {
        double[] q = {0.2};
        StackLoss loss = StackLoss.quantiles(q);
        q[0] = 0.7;
        loss.quantiles()[0] = 0.7;
        assertArrayEquals(new double[] {0.2}, loss.quantiles());
        assertEquals(StackLoss.quantiles(0.2), loss);
        assertEquals(StackLoss.quantiles(0.2).hashCode(), loss.hashCode());
        assertNotEquals(StackLoss.quantiles(0.3), loss);
        assertEquals("QUANTILE[0.2]", loss.toString());
        assertEquals("HUBER(0.5)", StackLoss.huber(0.5).toString());
    }

    @Test
    void parametersThatDoNotFitTheKindAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackLoss.of(PointLossKind.HUBER)).getMessage()
                .contains("a HUBER loss takes a finite delta > 0, got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackLoss.huber(Double.POSITIVE_INFINITY))
                .getMessage().contains("finite delta > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackLoss(PointLossKind.MAE, 1,
                new double[0])).getMessage().contains("a MAE loss takes no delta, got 1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackLoss.of(PointLossKind.QUANTILE))
                .getMessage().contains("at least one quantile"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StackLoss(PointLossKind.MSE, 0,
                new double[] {0.5})).getMessage().contains("a MSE loss takes no quantiles, got [0.5]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackLoss.quantiles(0.5, 1.0)).getMessage()
                .contains("quantiles must be in (0, 1), got [0.5, 1.0]"));
    }

    @Test
    void settingsTakeAParameterlessKindOrAStackLoss() {
        assertEquals(StackLoss.of(PointLossKind.MSE), new StackSettings(PointLossKind.MSE, 0.9f, 0.999f, 1e-8f, 0, 4)
                .loss());
        assertThrows(IllegalArgumentException.class, () -> new StackSettings(PointLossKind.HUBER, 0.9f, 0.999f, 1e-8f,
                0, 4));
        assertEquals(StackLoss.huber(2), new StackSettings(StackLoss.huber(2), 0.9f, 0.999f, 1e-8f, 0, 4).loss());
    }
}
