package org.exportalliance.portal.logistics.itinerary;

/** What an itinerary item is. Only a flight starts and ends in different time zones (departure and arrival). */
public enum ItineraryKind {
    FLIGHT,
    HOTEL,
    MEETING,
    TRANSFER,
    OTHER;

    public boolean crossesZones() {
        return this == FLIGHT;
    }
}
