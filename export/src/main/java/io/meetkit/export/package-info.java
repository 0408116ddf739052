/**
 * What the meetkit writers share: {@link io.meetkit.export.WriteResult}, the one shape every writer of the
 * {@code json}, {@code ical} and {@code jsonld} packages returns, with the number of posts given, the number of
 * events written and the diagnostics of what was left out.
 *
 * <pre>{@code
 * WriteResult result = JsonLdWriter.create().writeAll(posts, writer);
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 */
package io.meetkit.export;
