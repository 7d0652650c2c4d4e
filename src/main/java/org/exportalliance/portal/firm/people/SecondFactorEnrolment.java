package org.exportalliance.portal.firm.people;

/**
 * A second factor being set up: the secret (kept by the page until a code confirms it), the same as text for typing
 * into an app, and as an {@code otpauth://} URI and a QR code (SVG) for scanning.
 */
public record SecondFactorEnrolment(byte[] secret, String text, String uri, String qrSvg) {}
