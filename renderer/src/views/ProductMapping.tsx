import { ibProducts, type ProductCode } from '../../../shared/model/products';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';

/** Product values no rule recognised: the user says which IB product each is, or that it is another Wmo product. */
export function ProductMapping({
  unknown,
  onMap,
}: {
  unknown: { value: string; count: number }[];
  onMap: (value: string, product: ProductCode) => void;
}) {
  if (unknown.length === 0) return null;
  return (
    <fieldset className="mapping">
      <legend>{t('Onbekende productcodes')}</legend>
      <p className="caption">
        {t(
          'Deze waarden zijn geen IB0–IB3 volgens de regels. Kies wat ze zijn; een ander Wmo-product telt nooit als IB, maar wel voor zorgstapeling. De keuze wordt onthouden.',
        )}
      </p>
      <div className="mapping-grid">
        {unknown.map(({ value, count }) => (
          <label key={value}>
            <span>{t('“{value}” ({n} regels)', { value, n: formatFigure(count, 'count') })}</span>
            <select
              defaultValue=""
              data-testid={`product-${value}`}
              onChange={(e) => e.target.value && onMap(value, e.target.value as ProductCode)}
            >
              <option value="">{t('— kiezen —')}</option>
              {ibProducts.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
              <option value={`other:${value}`}>{t('Ander Wmo-product (geen IB)')}</option>
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
