/**
 * Writes posts as JSON with stable, documented field names, and reads that JSON back into equal posts. The entry
 * point is {@link io.meetkit.export.json.PostJson}, whose documentation describes the format; Jackson is used
 * inside but never appears in the API.
 *
 * <pre>{@code
 * PostJson json = PostJson.create();
 * json.writeAll(posts, writer);
 * List<Post> again = json.readPosts(reader);
 * }</pre>
 */
package io.meetkit.export.json;
