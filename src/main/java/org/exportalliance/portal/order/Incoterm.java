package org.exportalliance.portal.order;

/** The eleven Incoterms® 2020 rules; an order names one with its place (e.g. FOB Shanghai). */
public enum Incoterm {
    EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF
}
