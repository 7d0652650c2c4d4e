package org.exportalliance.portal.request;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such file on the request, or not one the reader may see. */
public class AttachmentNotFound extends Refusal {

    public AttachmentNotFound() {
        super(404, "request.attachment.not-found");
    }
}
