/**
 * Interview practice in the app: exporting a scorecard with the design's diagram (Markdown with Mermaid, PDF), the
 * scorecard as JSON, and reading a worksheet file. Grading itself lives in {@code org.archsim.lessons.practice}.
 */
package org.archsim.app.practice;
