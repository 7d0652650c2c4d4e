package org.exportalliance.portal.platform.files;

/**
 * A file a service made: its download name (any script; sent as RFC 5987 UTF-8), its media type and its bytes. The
 * UI's download links ({@code shell.Downloads}) and the API ({@code platform.api.ApiDownloads}) serve any of them.
 */
public interface GeneratedFile {

    String fileName();

    String mediaType();

    byte[] content();
}
