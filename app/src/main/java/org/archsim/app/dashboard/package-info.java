/**
 * The metrics dashboard of a live run: a view-model that turns successive cumulative reports into bounded time
 * series (rates, errors by reason, latency, utilisation), the failure list, theory beside simulation and traced
 * requests; light canvas charts that show them; and the dock that places the dashboard in the main window.
 */
package org.archsim.app.dashboard;
