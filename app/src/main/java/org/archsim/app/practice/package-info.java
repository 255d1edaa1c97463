/**
 * Interview practice in the app: the practice mode of a window (problem picker, the practice panel with its clock,
 * worksheet form, "Run the interview" and scorecard, over view-models that need no window), exporting a scorecard
 * with the design's diagram (Markdown with Mermaid, PDF), the scorecard as JSON, and reading a worksheet file.
 * Grading itself lives in {@code org.archsim.lessons.practice}.
 */
package org.archsim.app.practice;
