import type { TemplatePayload } from "./bot-turn.js";

const expenses = [
  { title: "Airlines", value: "1264.0", displayValue: "$ 1,264" },
  { title: "Hotels", value: "568.10", displayValue: "$ 568" },
  { title: "Food", value: "324.50", displayValue: "$ 324" },
  { title: "Taxis", value: "97.25", displayValue: "$ 97" },
];

const sales = {
  X_axis: ["Q1", "Q2", "Q3", "Q4"],
  elements: [
    { title: "2024", values: [10, 25, 40, 30], displayValues: ["$10k", "$25k", "$40k", "$30k"] },
    { title: "2025", values: [20, 30, 35, 45], displayValues: ["$20k", "$30k", "$35k", "$45k"] },
  ],
};

/**
 * The other layouts of the chart templates (`show piechart-donut`, `show barchart-stacked`…),
 * keyed `<template_type>-<variant>` like the feedbackTemplate views. Field names are exact.
 *
 * @example
 * demoTemplateVariants["barchart-horizontal"]?.direction; // "horizontal"
 */
export const demoTemplateVariants: Readonly<Record<string, TemplatePayload>> = {
  "piechart-donut": {
    template_type: "piechart",
    pie_type: "donut",
    text: "Travelling expenses by category",
    elements: expenses,
  },
  "piechart-donut_legend": {
    template_type: "piechart",
    pie_type: "donut_legend",
    text: "Travelling expenses, with legend",
    elements: expenses,
  },
  "barchart-horizontal": {
    template_type: "barchart",
    text: "Sales by quarter (horizontal)",
    direction: "horizontal",
    stacked: false,
    ...sales,
  },
  "barchart-stacked": {
    template_type: "barchart",
    text: "Sales by quarter (stacked)",
    direction: "vertical",
    stacked: true,
    ...sales,
  },
};
