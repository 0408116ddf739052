/**
 * Block readers of the token reader: shapes that span lines or blocks (labelled fields, talks lists, talks
 * sections, speakers' bios), one class each.
 */
package io.meetkit.markdown.internal.extract.prose.token.blocks;
