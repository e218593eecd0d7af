package uk.supportbudget.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * Layouts that reflow rather than push a page wider than its window: at large text sizes or in a
 * small window a row of buttons wraps onto a second line, and two panes side by side stack one
 * above the other. Nobody should need to scroll sideways to read a page.
 */
public final class Reflow {

    private Reflow() {
    }

    /** A row of buttons or fields that wraps onto more lines when it runs out of width. */
    public static FlowPane row(double gap, Node... nodes) {
        FlowPane row = new FlowPane(gap, gap, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        return row;
    }

    /** {@code first} beside {@code second} (which takes the rest of the width), or above it when they do not fit. */
    public static Pane sideBySide(double gap, Node first, Node second) {
        return new SideBySide(gap, first, second);
    }

    /** Lays out two children in a row when the second still gets its minimum width, else in a column. */
    static final class SideBySide extends Pane {
        private final double gap;
        private final Node first;
        private final Node second;

        SideBySide(double gap, Node first, Node second) {
            super(first, second);
            this.gap = gap;
            this.first = first;
            this.second = second;
        }

        /** True when both fit side by side in {@code width} (without insets). */
        boolean inRow(double width) {
            return width >= first.prefWidth(-1) + gap + second.minWidth(-1);
        }

        private double firstWidth(double width) {
            return Math.min(first.prefWidth(-1), width);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            Insets in = getInsets();
            return Math.max(first.minWidth(-1), second.minWidth(-1)) + in.getLeft() + in.getRight();
        }

        @Override
        protected double computePrefWidth(double height) {
            Insets in = getInsets();
            return first.prefWidth(-1) + gap + second.prefWidth(-1) + in.getLeft() + in.getRight();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double inner = width < 0 ? computePrefWidth(-1) - in.getLeft() - in.getRight() : width - in.getLeft() - in.getRight();
            double height;
            if (inRow(inner)) {
                double left = firstWidth(inner);
                height = Math.max(first.prefHeight(left), second.prefHeight(inner - left - gap));
            } else {
                height = first.prefHeight(stackedWidth(first, inner)) + gap + second.prefHeight(stackedWidth(second, inner));
            }
            return height + in.getTop() + in.getBottom();
        }

        private static double stackedWidth(Node node, double width) {
            return Math.max(node.minWidth(-1), Math.min(width, node.maxWidth(-1)));
        }

        @Override
        protected void layoutChildren() {
            Insets in = getInsets();
            double width = getWidth() - in.getLeft() - in.getRight();
            double x = in.getLeft();
            double y = in.getTop();
            if (inRow(width)) {
                double left = firstWidth(width);
                double right = Math.min(width - left - gap, Math.max(second.minWidth(-1), second.maxWidth(-1)));
                first.resizeRelocate(x, y, left, first.prefHeight(left));
                second.resizeRelocate(x + left + gap, y, right, second.prefHeight(right));
            } else {
                double top = stackedWidth(first, width);
                double topHeight = first.prefHeight(top);
                first.resizeRelocate(x, y, top, topHeight);
                double below = stackedWidth(second, width);
                second.resizeRelocate(x, y + topHeight + gap, below, second.prefHeight(below));
            }
        }
    }
}
