package org.archsim.app.export.render;

import java.util.Locale;
import org.archsim.model.Category;

/**
 * The colours of a drawing. {@link #LIGHT} suits documents and slides, {@link #DARK} dark slides and the dark app.
 *
 * @param name       {@code light} or {@code dark}
 * @param background the page behind the diagram
 * @param cardFill   a part's card
 * @param cardStroke a part's card outline
 * @param title      a part's name
 * @param subtitle   a part's kind and metric text
 * @param link       links and their arrowheads
 * @param shadow     the soft offset shadow under cards
 * @param traffic    accent of clients
 * @param edge       accent of DNS, CDN, gateways and balancers
 * @param compute    accent of services
 * @param data       accent of caches, databases and blob storage
 * @param messaging  accent of queues and workers
 * @param good       a metric in its healthy range
 * @param warn       a metric close to a limit
 * @param bad        a metric past a limit (errors, saturation)
 * @param track      the empty part of a utilisation bar
 */
public record Theme(String name, Rgba background, Rgba cardFill, Rgba cardStroke, Rgba title, Rgba subtitle, Rgba link,
                    Rgba shadow, Rgba traffic, Rgba edge, Rgba compute, Rgba data, Rgba messaging, Rgba good, Rgba warn,
                    Rgba bad, Rgba track) {

    /** Dark text on white cards over a very light grey page. */
    public static final Theme LIGHT = new Theme("light", Rgba.hex("#f6f7f9"), Rgba.hex("#ffffff"), Rgba.hex("#c9ced6"),
            Rgba.hex("#1d2433"), Rgba.hex("#5b6475"), Rgba.hex("#6b7486"), Rgba.hex("#1d243318"),
            Rgba.hex("#2f7dd1"), Rgba.hex("#8a55d6"), Rgba.hex("#1f9d6b"), Rgba.hex("#d9822b"), Rgba.hex("#c2417a"),
            Rgba.hex("#1f9d6b"), Rgba.hex("#d9a21b"), Rgba.hex("#d64545"), Rgba.hex("#e3e6eb"));

    /** Light text on slate cards over a near-black page. */
    public static final Theme DARK = new Theme("dark", Rgba.hex("#15181e"), Rgba.hex("#232833"), Rgba.hex("#3a4252"),
            Rgba.hex("#eef1f6"), Rgba.hex("#a3acbd"), Rgba.hex("#8c96a8"), Rgba.hex("#00000055"),
            Rgba.hex("#5aa7f0"), Rgba.hex("#b18cf0"), Rgba.hex("#43c48f"), Rgba.hex("#f0a04b"), Rgba.hex("#e56aa0"),
            Rgba.hex("#43c48f"), Rgba.hex("#e8c04a"), Rgba.hex("#f06a6a"), Rgba.hex("#3a4252"));

    /** The theme called {@code name} ({@code light} or {@code dark}, any case). */
    public static Theme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            default -> throw new IllegalArgumentException("unknown theme \"" + name + "\"; use light or dark");
        };
    }

    /** The accent colour of a palette group. */
    public Rgba accent(Category category) {
        return switch (category) {
            case TRAFFIC -> traffic;
            case EDGE -> edge;
            case COMPUTE -> compute;
            case DATA -> data;
            case MESSAGING -> messaging;
        };
    }
}
