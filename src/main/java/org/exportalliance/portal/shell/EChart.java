package org.exportalliance.portal.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by ECharts in the browser, from an option object given as JSON. The script comes from the jar
 * (unpacked from the ECharts webjar at build time), so no custom frontend bundle is needed. The chart redraws when
 * its option changes and resizes with its box.
 */
public class EChart extends Div {

    public static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private String option = "{}";

    public EChart(String id) {
        setId(id);
        addClassName("portal-chart");
        setWidthFull();
        setHeight("320px");
    }

    public void setOption(String json) {
        this.option = json;
        draw();
    }

    /** The option last given, as JSON. */
    public String option() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        if (!isAttached()) {
            return;
        }
        // The script loads asynchronously: wait for it, then draw into this element (replacing any earlier option).
        getElement().executeJs("""
                const el = this;
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(JSON.parse($0), true);
                  if (!el.$resize) { el.$resize = new ResizeObserver(() => chart.resize()); el.$resize.observe(el); }
                  el.setAttribute('data-drawn', 'true');
                };
                draw();""", option);
    }
}
